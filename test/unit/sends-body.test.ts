// Whether a network call carries a body out, in each language's idioms, and the reads that must not.
import { describe, expect, it } from 'vitest'
import { sendsBody } from '../../src/evidence/source/security.js'

/** The call's text up to and including its opening parenthesis, then its arguments. */
const sends = (source: string) => {
  const open = source.indexOf('(')
  return sendsBody(source, source.slice(0, open + 1), open + 1)
}

describe('sendsBody', () => {
  it.each([
    'client.PostAsJsonAsync(requestUri, body)',
    'await http.PutAsync(uri, content)',
    'requests.post(url, json=payload)',
    'await client.patch(endpoint, json=changes)',
    'axios.post(target, data)',
    'restTemplate.postForObject(url, request, String.class)',
    "fetch(endpoint, { method: 'POST', body: JSON.stringify(x) })",
    'fetch(endpoint, { method: "PATCH", body })',
    "axios({ method: 'post', url: target, data })",
    'http.NewRequestWithContext(ctx, http.MethodPost, u, body)',
    'http.NewRequest("PUT", u, body)',
    'client.SendAsync(new HttpRequestMessage(HttpMethod.Post, uri) { Content = c })'
  ])('sends: %s', (source) => {
    expect(sends(source)).toBe(true)
  })

  it.each([
    'client.GetAsync(requestUri)',
    'requests.get(url, params={"post": 1})',
    "fetch(endpoint, { method: 'GET' })",
    'fetch("https://example.com/POST/items")',
    'http.NewRequest("DELETE", u, nil)',
    'client.get(f"{base}/posts")',
    'httpx.AsyncClient(base_url=base)'
  ])('does not send: %s', (source) => {
    expect(sends(source)).toBe(false)
  })
})
