
""" A client library for accessing Kota Serang overseas placement API """
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
