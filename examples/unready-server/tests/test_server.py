from mcp_mailbox import server


def test_tools_exist():
    assert callable(server.search_mail)
