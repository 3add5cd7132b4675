"""End to end: the real server in its own process, driven only through the generated client."""

import sys
from pathlib import Path

CLIENT_DIR = Path(__file__).resolve().parents[2] / "openapi" / "clients" / "python"
# The generated client is not installed in the project's environment: import it from source.
if str(CLIENT_DIR) not in sys.path:
    sys.path.insert(0, str(CLIENT_DIR))
