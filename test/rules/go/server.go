package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
)

func tools() {
	_ = mcp.NewTool("hello_world") // expect: tool hello_world
	_ = mcp.NewImageContent("", "image/png") // expect: content image
	_ = mcp.NewAudioContent("", "audio/wav") // expect: content audio
	_ = mcp.NewTextContent("hi") // ok: text content
	// mcp.NewTool("commented") ok: a comment
	_, _ = http.Get("https://example.com/api") // expect: network net/http
}
