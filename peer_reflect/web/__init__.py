"""The web chat: a tiny static-file server for `webchat/` and the `peer-reflect serve` command."""
from peer_reflect.web.server import WebChatServer

__all__ = ["WebChatServer"]
