import { ManualClock } from '../../src/common/clock';
import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-02T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const statusOf = async (id: string) => (await t.dataSource.manager.findOneByOrFail(CollaborationRequest, { id })).status;
const codeOf = (res: Awaited<ReturnType<typeof act>>) => onlyError(res).extensions;

describe('acceptRequest', () => {
  it('needs a receiver case number', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'acceptRequest', { id: r.id }, w.engB.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'receiverCaseNumber' }] });
    expect(await statusOf(r.id)).toBe('OPEN');
  });

  it('refuses an assignee who is not a user of the receiver', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B1', assigneeId: w.engA.id }, w.engB.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'assigneeId' }],
    });
  });

  it('refuses a second accept of the same request', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B1' }, w.engB.token));
    expect(codeOf(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B2' }, w.engB.token))).toEqual({ code: 'INVALID_TRANSITION', status: 'ACCEPTED' });
  });

  it('is FORBIDDEN to the requester and NOT_FOUND to a third member in the same group', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'X' }, w.engA.token)).code).toBe('FORBIDDEN');
    expect(codeOf(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'X' }, w.engC.token)).code).toBe('NOT_FOUND');
    expect(await statusOf(r.id)).toBe('OPEN');
  });
});

describe('requestInformation and provideInformation', () => {
  it('returns to OPEN when asked before acceptance', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(ok(await act(t, 'requestInformation', { id: r.id, question: 'Which firmware?' }, w.engB.token)).requestInformation.request.status).toBe('INFORMATION_REQUESTED');
    expect(ok(await act(t, 'provideInformation', { id: r.id, answer: '7.1.2' }, w.engA.token)).provideInformation.request.status).toBe('OPEN');
  });

  it('returns to ACCEPTED when asked while accepted, and takes corrected form data', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B1' }, w.engB.token));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which product exactly?' }, w.engB.token));
    const bad = await act(t, 'provideInformation', { id: r.id, answer: 'see data', data: { colour: 'red' } }, w.engA.token);
    expect(codeOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'data.colour' }] });
    expect(await statusOf(r.id)).toBe('INFORMATION_REQUESTED');
    const res = ok(await act(t, 'provideInformation', { id: r.id, answer: 'Array X2', data: { product: 'Array X2' } }, w.engA.token)).provideInformation.request;
    expect(res).toMatchObject({ status: 'ACCEPTED', data: { product: 'Array X2' } });
  });

  it('is FORBIDDEN for the receiver to provide, and for the requester to ask', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'requestInformation', { id: r.id, question: 'q' }, w.engA.token)).code).toBe('FORBIDDEN');
    ok(await act(t, 'requestInformation', { id: r.id, question: 'q' }, w.engB.token));
    expect(codeOf(await act(t, 'provideInformation', { id: r.id, answer: 'a' }, w.engB.token)).code).toBe('FORBIDDEN');
  });

  it('refuses to provide information nobody asked for', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'provideInformation', { id: r.id, answer: 'a' }, w.engA.token))).toEqual({ code: 'INVALID_TRANSITION', status: 'OPEN' });
  });
});

describe('rejectRequest', () => {
  it('needs a reason and ends the request', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'rejectRequest', { id: r.id, reason: '' }, w.engB.token)).fields![0].path).toBe('reason');
    expect(ok(await act(t, 'rejectRequest', { id: r.id, reason: 'Not our product' }, w.engB.token)).rejectRequest.request.status).toBe('REJECTED');
    for (const [name, input, token] of [
      ['acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token],
      ['closeRequest', { id: r.id, resolution: 'x' }, w.engA.token],
      ['cancelRequest', { id: r.id }, w.engA.token],
      ['reopenRequest', { id: r.id, reason: 'x' }, w.engA.token],
    ] as const) {
      expect(codeOf(await act(t, name, input, token))).toEqual({ code: 'INVALID_TRANSITION', status: 'REJECTED' });
    }
  });

  it('refuses to reject an accepted request', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token));
    expect(codeOf(await act(t, 'rejectRequest', { id: r.id, reason: 'no' }, w.engB.token))).toEqual({ code: 'INVALID_TRANSITION', status: 'ACCEPTED' });
  });
});

describe('closeRequest and reopenRequest', () => {
  it('lets either side close an accepted request and reopen it within 30 days', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'closeRequest', { id: r.id, resolution: 'fixed' }, w.engA.token))).toEqual({ code: 'INVALID_TRANSITION', status: 'OPEN' });
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token));
    const closed = ok(await act(t, 'closeRequest', { id: r.id, resolution: 'Firmware 7.2 fixes it' }, w.engA.token)).closeRequest.request;
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: clock.now().toISOString() });
    clock.advance(29 * 86_400_000);
    expect(ok(await act(t, 'reopenRequest', { id: r.id, reason: 'Came back' }, w.engB.token)).reopenRequest.request).toMatchObject({ status: 'ACCEPTED', closedAt: null });
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'Really fixed' }, w.engB.token));
  });

  it('refuses to reopen after 30 days, saying so', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'done' }, w.engB.token));
    clock.advance(30 * 86_400_000 + 60_000);
    const res = await act(t, 'reopenRequest', { id: r.id, reason: 'again' }, w.engA.token);
    expect(codeOf(res)).toEqual({ code: 'INVALID_TRANSITION', status: 'CLOSED' });
    expect(onlyError(res).message).toMatch(/30 days/);
    expect(await statusOf(r.id)).toBe('CLOSED');
  });

  it('is NOT_FOUND to a third member', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token));
    expect(codeOf(await act(t, 'closeRequest', { id: r.id, resolution: 'x' }, w.engC.token)).code).toBe('NOT_FOUND');
  });
});

describe('cancelRequest', () => {
  it('lets the requester cancel while OPEN and unanswered', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'looking internally', internal: true }, w.engB.token));
    expect(ok(await act(t, 'cancelRequest', { id: r.id, reason: 'found it ourselves' }, w.engA.token)).cancelRequest.request.status).toBe('CANCELLED');
  });

  it("refuses once the receiver has written a note to the requester", async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'We are on it' }, w.engB.token));
    const res = await act(t, 'cancelRequest', { id: r.id }, w.engA.token);
    expect(codeOf(res)).toEqual({ code: 'INVALID_TRANSITION', status: 'OPEN' });
    expect(onlyError(res).message).toMatch(/already responded/);
  });

  it('refuses once the receiver asked for information and it was provided', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'requestInformation', { id: r.id, question: 'q' }, w.engB.token));
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'a' }, w.engA.token));
    expect(codeOf(await act(t, 'cancelRequest', { id: r.id }, w.engA.token))).toEqual({ code: 'INVALID_TRANSITION', status: 'OPEN' });
  });

  it('is FORBIDDEN to the receiver', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'cancelRequest', { id: r.id }, w.engB.token)).code).toBe('FORBIDDEN');
  });
});

describe('assignRequest', () => {
  it("sets each side's own assignee", async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    const otherA = await w.a.user();
    expect(ok(await act(t, 'assignRequest', { id: r.id, userId: otherA.id }, w.engA.token)).assignRequest.request).toMatchObject({ requesterAssignee: { id: otherA.id }, receiverAssignee: null });
    expect(ok(await act(t, 'assignRequest', { id: r.id, userId: w.engB.id }, w.engB.token)).assignRequest.request).toMatchObject({ requesterAssignee: { id: otherA.id }, receiverAssignee: { id: w.engB.id } });
  });

  it("refuses a user of the other side", async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(codeOf(await act(t, 'assignRequest', { id: r.id, userId: w.engB.id }, w.engA.token))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
  });

  it('does not count as a response: the requester can still cancel', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'assignRequest', { id: r.id, userId: w.engB.id }, w.engB.token));
    expect(ok(await act(t, 'cancelRequest', { id: r.id }, w.engA.token)).cancelRequest.request.status).toBe('CANCELLED');
  });
});
