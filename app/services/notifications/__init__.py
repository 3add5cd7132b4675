"""The job seeker's notification feed and the expiry sweep."""
