// A partner system in plain Node: it subscribes to its member's inbound requests, resumes
// from the last cursor it stored, and acknowledges each request by accepting it with a
// case number of its own ticketing system.
//
//   CROSSDESK_URL=http://localhost:4000/graphql CROSSDESK_TOKEN=cdk_... node examples/partner-system/index.js
//
// When the server restarts (close code 1012) or the connection drops, it reconnects (to the
// next of several comma-separated CROSSDESK_URL instances, or through the same load
// balancer) and resumes after the last event it received: nothing missed, nothing twice.
'use strict';
const fs = require('node:fs');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const urls = (process.env.CROSSDESK_URL || 'http://localhost:4000/graphql').split(',').map((u) => u.trim());
let current = 0; // the instance in use; a failure moves on to the next
const next = () => (current = (current + 1) % urls.length);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const token = process.env.CROSSDESK_TOKEN;
const cursorFile = process.env.CURSOR_FILE || '.partner-system-cursor';
const casePrefix = process.env.CASE_PREFIX || 'TKT';
const maxEvents = Number(process.env.MAX_EVENTS || Infinity);
if (!token) {
  console.error('Set CROSSDESK_TOKEN to a service token of your member.');
  process.exit(2);
}

const log = (msg, extra = {}) => console.log(JSON.stringify({ at: new Date().toISOString(), msg, ...extra }));
const readCursor = () => (fs.existsSync(cursorFile) ? fs.readFileSync(cursorFile, 'utf8').trim() || null : null);
const saveCursor = (cursor) => fs.writeFileSync(cursorFile, cursor);

/** One operation over HTTP; an instance that is down or stopping is retried on the next (an accept is safe to repeat). */
async function graphql(query, variables, attempt = 0) {
  try {
    const res = await fetch(urls[current], {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status !== 503 || attempt >= 20) return await res.json();
  } catch (err) {
    if (attempt >= 20) throw err;
  }
  next();
  await sleep(Math.min(2000, 50 * 2 ** attempt));
  return graphql(query, variables, attempt + 1);
}

const ACCEPT = `mutation($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { id status receiverCaseNumber } } }`;

/**
 * Opens a ticket of our own for the request (here: a case number) and accepts it. The
 * idempotency key is derived from the request, so a retry (a timeout, a crash before the
 * cursor was stored) answers as the first accept did instead of writing twice.
 */
async function acknowledge(event) {
  const caseNumber = `${casePrefix}-${event.request.id.slice(0, 8).toUpperCase()}`;
  const res = await graphql(ACCEPT, { input: { id: event.request.id, receiverCaseNumber: caseNumber, idempotencyKey: `accept:${event.request.id}` } });
  const error = res.errors && res.errors[0];
  if (error && error.extensions.code === 'INVALID_TRANSITION') {
    log('already handled', { request: event.request.id, status: error.extensions.status }); // accepted by someone else, or more than 24 hours ago
  } else if (error) {
    throw new Error(`accept failed: ${error.extensions.code} ${error.message}`);
  } else {
    log('accepted', { request: event.request.id, caseNumber, critical: event.critical });
  }
}

let lastReceived = readCursor();
let handled = 0;
let queue = Promise.resolve();
let client;

/** Subscribes after the last event received; a restart or a dropped connection reconnects and resumes from there. */
function connect(attempt = 0) {
  const url = urls[current].replace(/^http/, 'ws');
  log('subscribing', { url, after: lastReceived });
  client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  let received = 0;
  const dispose = client.subscribe(
    {
      query: `subscription($after: String) { inboundRequests(after: $after) { cursor type critical at request { id summary priority fromMember { name } } } }`,
      variables: { after: lastReceived },
    },
    {
      next: (msg) => {
        if (msg.errors) {
          log('error', { errors: msg.errors });
          return;
        }
        const event = msg.data.inboundRequests;
        lastReceived = event.cursor;
        received += 1;
        // one at a time, in order; the cursor is stored only once the request is handled
        queue = queue.then(async () => {
          if (handled >= maxEvents) return;
          await acknowledge(event);
          saveCursor(event.cursor);
          handled += 1;
          if (handled >= maxEvents) {
            dispose();
            await client.dispose();
            log('done', { handled });
          }
        });
        queue.catch((err) => {
          log('failed', { error: String(err) });
          process.exit(1);
        });
      },
      error: (err) => {
        const code = err && typeof err.code === 'number' ? err.code : undefined;
        // 1012 service restart, 1001 going away, 1006 dropped, 4290 too slow: resume; 44xx (token): give up
        if (handled >= maxEvents || (code !== undefined && code >= 4400 && code < 4500)) {
          log('subscription ended', { code, error: String(err && err.message ? err.message : JSON.stringify(err)) });
          process.exit(1);
        }
        void client.dispose();
        next();
        const again = received ? 0 : attempt + 1;
        log('reconnecting', { code, after: lastReceived });
        setTimeout(() => connect(again), Math.min(2000, 50 * 2 ** again));
      },
      complete: () => undefined,
    },
  );
}
connect();
