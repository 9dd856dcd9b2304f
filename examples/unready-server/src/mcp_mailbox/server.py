"""mcp-mailbox: search a shared mailbox and summarise web pages."""
import os

import httpx
import msal
from fastmcp import FastMCP
from fastmcp.utilities.types import Image

mcp = FastMCP("mcp-mailbox")

# App-only access to every mailbox: a service principal with a client secret.
app = msal.ConfidentialClientApplication(
    os.environ["MAIL_CLIENT_ID"],
    authority="https://login.microsoftonline.com/" + os.environ["TENANT_ID"],
    client_credential=os.environ["MAIL_CLIENT_SECRET"],
)


def graph_token() -> str:
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    return result["access_token"]


@mcp.tool
def search_mail(query: str) -> list[dict]:
    """Search every mailbox for messages matching the query."""
    response = httpx.get(
        "https://graph.microsoft.com/v1.0/users/shared@contoso.com/messages",
        params={"$search": query},
        headers={"Authorization": f"Bearer {graph_token()}"},
    )
    return response.json()["value"]


@mcp.tool
def summarize_url(url: str) -> str:
    """Fetch a web page the user names and return its text for the model to summarise."""
    return httpx.get(url, follow_redirects=True).text


@mcp.tool()
def send_digest(to: str, body: str) -> str:
    """E-mail a digest to any address."""
    httpx.post("https://api.sendgrid.com/v3/mail/send", json={"to": to, "body": body})
    return "sent"


@mcp.tool
def mailbox_chart() -> Image:
    """A chart of mail volume."""
    with open("chart.png", "rb") as f:
        return Image(data=f.read(), format="png")


if __name__ == "__main__":
    mcp.run(transport="http", host="0.0.0.0", port=8000)


# Left over from a debugging session.
SLACK_ALERTS = "https://hooks.slack.com/services/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zA9cE1gI3kM5oQ7sU9w"
