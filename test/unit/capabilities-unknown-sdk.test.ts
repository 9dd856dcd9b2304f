// A service's SDK the catalogue does not list, made with a credential, is a service the gate cannot
// see into: a tool that calls it is `not verified`, never passed, until golive.yaml says what the
// package reaches. A package made without one (a formatter) and prose that mentions a token change nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { CALLS_UNKNOWN_SDK } from '../../checks/security/shared.js'
import { ROOT, TODAY, findingsOf, variant } from '../support/gate.js'

const TOOLS =
  '  - name: speak\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n' +
  '  - name: tabulate\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n' +
  '  - name: list_voices\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n'

const CASES: Record<string, { base: string; files: Record<string, string>; pkg: string; ecosystem: string }> = {
  python: {
    base: 'python',
    pkg: 'acme_voice',
    ecosystem: 'pypi',
    files: {
      'server/voice.py': `import os
from acme_voice import VoiceClient
from tabulate_plus import Table
from server.main import mcp

voice = VoiceClient(api_key=os.environ["ACME_VOICE_API_KEY"])
table = Table(width=80, title="Paste no token here")


@mcp.tool()
def speak(text: str) -> str:
    return voice.synthesize(text).url


@mcp.tool()
def tabulate(rows: str) -> str:
    return table.render(rows)


@mcp.tool()
def list_voices() -> str:
    return str(voice.voices.list())
`
    }
  },
  typescript: {
    base: 'typescript',
    pkg: '@acme/voice',
    ecosystem: 'npm',
    files: {
      'src/voice.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { VoiceClient } from '@acme/voice'
import { Table } from 'table-plus'

const server = new McpServer({ name: 'voice', version: '1.0.0' })
const voice = new VoiceClient({ apiKey: process.env.ACME_VOICE_API_KEY })
const table = new Table({ width: 80, title: 'Paste no token here' })

server.registerTool('speak', { inputSchema: { text: z.string() } }, async ({ text }) => {
  const audio = await voice.synthesize(text)
  return { content: [{ type: 'text', text: audio.url }] }
})

server.registerTool('tabulate', { inputSchema: { rows: z.string() } }, async ({ rows }) => {
  return { content: [{ type: 'text', text: table.render(rows) }] }
})

server.registerTool('list_voices', { inputSchema: {} }, async () => {
  return { content: [{ type: 'text', text: JSON.stringify(await voice.listVoices()) }] }
})
`
    }
  },
  go: {
    base: 'go',
    pkg: 'github.com/acme/voice-go',
    ecosystem: 'go',
    files: {
      'cmd/server/voice.go': `package main

import (
	"context"
	"os"

	acme "github.com/acme/voice-go"
	"github.com/acme/tablefmt"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

var voice = acme.NewClient(os.Getenv("ACME_VOICE_TOKEN"))
var table = tablefmt.New(80)

func registerVoice(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("speak", mcp.WithString("text")), speak)
	s.AddTool(mcp.NewTool("tabulate", mcp.WithString("rows")), tabulate)
	s.AddTool(mcp.NewTool("list_voices"), listVoices)
}

func speak(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	url, err := voice.Synthesize(ctx, request.GetString("text", ""))
	if err != nil {
		return nil, err
	}
	return mcp.NewToolResultText(url), nil
}

func tabulate(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return mcp.NewToolResultText(table.Render(request.GetString("rows", ""))), nil
}

func listVoices(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	voices, err := voice.ListVoices(ctx)
	if err != nil {
		return nil, err
	}
	return mcp.NewToolResultText(voices), nil
}
`
    }
  }
}

describe.each(Object.keys(CASES))('a service SDK the catalogue does not list, in %s', (lang) => {
  const c = CASES[lang]
  const base = join(ROOT, 'test', 'fixtures', 'capabilities', c.base)
  const dir = variant(base, c.files)
  const yaml = readFileSync(join(base, 'golive.yaml'), 'utf8') + TOOLS
  writeFileSync(join(dir, 'golive.yaml'), yaml)
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('names the SDK on the tool that calls it, and not on the tool beside it', () => {
    expect(reach.get('speak')?.sdks?.map((s) => s.note)).toEqual([`calls the ${c.pkg} SDK`])
    expect(reach.get('tabulate')?.handler).toBeDefined()
    expect(reach.get('tabulate')?.sdks).toBeUndefined()
  })

  it('raises private data where a call reads the account back, and nothing where it does not say', () => {
    expect(reach.get('list_voices')?.facts.map((f) => f.leg)).toEqual(['privateData'])
    expect(reach.get('speak')?.facts.map((f) => f.leg)).toEqual([])
  })

  it('leaves every leg the tool denies not verified, never passed, and says how to declare the package', () => {
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      const unread = findingsOf(result.findings, check).filter((f) => f.reason === CALLS_UNKNOWN_SDK)
      expect(
        unread.map((f) => f.status),
        check
      ).toEqual(['not verified'])
      expect(unread[0].message, check).toMatch(/\bspeak\b/)
      expect(unread[0].message, check).not.toMatch(/\btabulate\b/)
      expect(unread[0].fix, check).toMatch(/golive\.yaml `capabilities`/)
    }
    const trifecta = findingsOf(result.findings, 'security.trifecta')
    expect(trifecta.some((f) => f.status === 'passed')).toBe(false)
  })

  it('raises what golive.yaml says the package reaches once it is declared', () => {
    const declared = variant(dir, {
      'golive.yaml': `${yaml}capabilities:\n  - package: "${c.pkg}"\n    ecosystem: ${c.ecosystem}\n    legs: [privateData]\n    reason: the voice account's recordings\n`
    })
    const after = runGate({ dir: declared, today: TODAY })
    const speak = after.ctx.repo.capabilities.tools.find((t) => t.tool === 'speak')!
    expect(speak.sdks).toBeUndefined()
    expect(speak.facts.map((f) => f.leg)).toContain('privateData')
  })
})

describe('a service SDK given its credential by a method of its own after it is made', () => {
  const c = CASES.typescript
  const base = join(ROOT, 'test', 'fixtures', 'capabilities', c.base)
  const files = (setter: string) => ({
    'src/voice.ts': c.files['src/voice.ts'].replace(
      'const voice = new VoiceClient({ apiKey: process.env.ACME_VOICE_API_KEY })',
      `const voice = new VoiceClient({ baseUrl: process.env.ACME_VOICE_URL })\nvoice.${setter}`
    )
  })
  const sdksOf = (setter: string) => {
    const dir = variant(base, files(setter))
    writeFileSync(join(dir, 'golive.yaml'), readFileSync(join(base, 'golive.yaml'), 'utf8') + TOOLS)
    return runGate({ dir, today: TODAY }).ctx.repo.capabilities.tools.find((t) => t.tool === 'speak')?.sdks
  }

  it('is a service SDK (`client.setAccessToken(token)`, as matrix-js-sdk is used)', () => {
    expect(sdksOf('setAccessToken(process.env.ACME_VOICE_SECRET!)')?.map((s) => s.note)).toEqual([
      'calls the @acme/voice SDK'
    ])
  })

  it('is not one when what it is given next is no credential', () => {
    expect(sdksOf("setLanguage('en')")).toBeUndefined()
  })
})
