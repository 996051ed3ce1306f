// A tiny HTTP client for API tests: keeps one user's cookies and CSRF token.
export interface Res {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

export class Client {
  cookies = new Map<string, string>();
  csrf: string | null = null;
  constructor(readonly base: string) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    const form = body instanceof FormData;
    if (body !== undefined && !form) h["content-type"] = "application/json";
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (this.csrf && method !== "GET" && !("x-csrf-token" in headers)) h["x-csrf-token"] = this.csrf;
    const r = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const value = pair!.slice(i + 1);
      if (value === "" || /max-age=0|expires=Thu, 01 Jan 1970/i.test(c))
        this.cookies.delete(pair!.slice(0, i));
      else this.cookies.set(pair!.slice(0, i), value);
    }
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // HTML or empty
    }
    return { status: r.status, body: parsed, headers: r.headers };
  }

  async login(username: string, password: string): Promise<Res> {
    const r = await this.call("POST", "/api/session", { username, password });
    if (r.status === 200) this.csrf = r.body.csrf_token;
    return r;
  }
}
