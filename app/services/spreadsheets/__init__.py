"""Spreadsheets in and out: the import template, imports of the office's job-seeker lists
(`imports`, row rules in `rows`, file reading in `files`) and streamed exports of the lists
(`exports`)."""
