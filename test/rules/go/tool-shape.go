package core

import (
	"github.com/example/server/pkg/api"
	"github.com/google/jsonschema-go/jsonschema"
)

// A repository's own Tool type in the protocol's shape (a name and an input schema), which the
// server hands to the SDK elsewhere: each literal is a tool, though this file imports no SDK.
func initPods() []api.ServerTool {
	return []api.ServerTool{
		{Tool: api.Tool{
			Name:        "pods_list", // expect: tool pods_list
			Description: "List the pods",
			InputSchema: &jsonschema.Schema{Type: "object"},
		}, Handler: podsList},
		{Tool: api.Tool{Name: "pods_get", InputSchema: schema}, Handler: podsGet}, // expect: tool pods_get
	}
}

var local = Tool{Name: "in_its_own_package", InputSchema: &jsonschema.Schema{}} // expect: tool in_its_own_package

// Not tools: no input schema, one only a nested literal holds, another type, a comment.
var plugin = cli.Tool{Name: "lint", Description: "a command-line tool"} // ok: no input schema
var nested = api.Tool{Name: "nested", Meta: api.Meta{InputSchema: s}} // ok: a nested literal's field
var param = anthropic.ToolParam{Name: "llm_tool", InputSchema: s} // ok: another type
// api.Tool{Name: "commented", InputSchema: s} ok: a comment
var text = "api.Tool{Name: \"quoted\", InputSchema: s}" // ok: a string
