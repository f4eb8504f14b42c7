import type { Page, Request } from '@playwright/test';

interface SentRequest {
  url: string;
  body: string;
  headers: string;
}

/**
 * Everything the page sends, as it goes on the wire: the URL without its fragment (browsers
 * never send the fragment), the body and the headers. `leaksOf` finds any watched value — a
 * token, one of its segments, a pasted secret — in any of them.
 */
export class RequestLog {
  readonly sent: SentRequest[] = [];
  private readonly watched = new Set<string>();

  constructor(page: Page) {
    page.on('request', (request: Request) => {
      this.sent.push({
        url: request.url().split('#')[0]!,
        body: request.postData() ?? '',
        headers: JSON.stringify(request.headers()),
      });
    });
  }

  /** A token is watched whole and by its payload and signature segments. */
  watchToken(token: string): void {
    this.watched.add(token);
    const [, payload, signature] = token.split('.');
    for (const segment of [payload, signature])
      if (segment && segment.length >= 16) this.watched.add(segment);
  }

  watchSecret(secret: string): void {
    this.watched.add(secret);
  }

  leaksOf(): string[] {
    const leaks: string[] = [];
    for (const request of this.sent) {
      for (const value of this.watched) {
        for (const part of ['url', 'body', 'headers'] as const) {
          if (request[part].includes(value))
            leaks.push(`${part} of ${request.url} carries ${value.slice(0, 24)}…`);
        }
      }
    }
    return leaks;
  }

  urls(): string[] {
    return this.sent.map((request) => request.url);
  }
}
