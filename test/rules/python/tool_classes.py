# One class per tool: the name reaches Tool(name=self.name) through the base class's constructor.
from mcp.server import Server
from mcp.types import Tool


class ToolHandler:
    def __init__(self, tool_name: str):
        self.name = tool_name


class ListEvents(ToolHandler):
    def __init__(self):
        super().__init__("list_events")

    def describe(self) -> Tool:
        return Tool(name=self.name, description="Lists events", inputSchema={})  # expect: tool list_events


class SendReply(ToolHandler):
    def __init__(self):
        super().__init__(tool_name="send_reply")

    def describe(self) -> Tool:
        return Tool(
            name=self.name,  # expect: tool send_reply
            description="Replies, with a, comma",
            inputSchema={},
        )


class Archive:
    def __init__(self):
        self.name = "archive_thread"

    def describe(self) -> Tool:
        return Tool(name=self.name, description="Archives", inputSchema={})  # expect: tool archive_thread


class Chosen(ToolHandler):
    def __init__(self, name, prefix):
        super().__init__(prefix + name)

    def describe(self) -> Tool:
        return Tool(name=self.name, description="Named by the caller", inputSchema={})  # expect: ref self
