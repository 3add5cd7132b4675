"""Training programmes and cohorts the providers push, enrolments and reported completions."""
