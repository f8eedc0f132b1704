// A partner system in plain Node: it subscribes to its member's inbound requests, resumes
// from the last cursor it stored, and acknowledges each request by accepting it with a
// case number of its own ticketing system.
//
//   CROSSDESK_URL=http://localhost:4000/graphql CROSSDESK_TOKEN=cdk_... node examples/partner-system/index.js
'use strict';
const fs = require('node:fs');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const httpUrl = process.env.CROSSDESK_URL || 'http://localhost:4000/graphql';
const wsUrl = httpUrl.replace(/^http/, 'ws');
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

async function graphql(query, variables) {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
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

const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
const after = readCursor();
log('subscribing', { after });
let handled = 0;
let queue = Promise.resolve();
const dispose = client.subscribe(
  {
    query: `subscription($after: String) { inboundRequests(after: $after) { cursor type critical at request { id summary priority fromMember { name } } } }`,
    variables: { after },
  },
  {
    next: (msg) => {
      if (msg.errors) {
        log('error', { errors: msg.errors });
        return;
      }
      const event = msg.data.inboundRequests;
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
      log('subscription ended', { error: String(err && err.message ? err.message : JSON.stringify(err)) });
      process.exit(1);
    },
    complete: () => undefined,
  },
);
