from mcp.server.fastmcp import FastMCP, Image
from mcp.types import ImageContent, Tool
import httpx

mcp = FastMCP("fixture")


@mcp.tool()
def get_forecast(city: str) -> str:  # expect: tool get_forecast
    return httpx.get("https://api.weather.example/" + city).text  # expect: network httpx/requests


@mcp.tool(name="renamed")  # expect: tool renamed
def original() -> str:
    return "x"


def thumbnail() -> Image:  # expect: content image
    return Image(data=b"", format="png")  # expect: content image


def raw() -> ImageContent:  # ok: a return type annotation of ImageContent is not a construction
    return ImageContent(type="image", data="", mimeType="image/png")  # expect: content image


low_level = Tool(name="low_level", inputSchema={})  # expect: tool low_level
# Tool(name="commented") ok: a comment
