import { describe, expect, it } from 'vitest';
import {
  isStoreConnectionMessage,
  readStoreConnectionReturn,
  StoreConnectionMessage,
  storeConnectionMessage,
  storeConnectionReturnParams,
  withoutStoreConnectionReturn,
} from '../src/index.js';

const storeId = 'st_0123456789abcdefghij';
const connected = { storeId, error: null };
const denied = {
  storeId,
  error: { code: 'oauth_denied', message: 'The connection was not approved.' },
};

describe('the store connection return protocol', () => {
  it('writes the popup message with the keys, order and values the callback page has always posted', () => {
    expect(JSON.stringify(storeConnectionMessage(connected))).toBe(
      `{"source":"vitrine","type":"store_connection","status":"connected","storeId":"${storeId}","error":null}`,
    );
    expect(JSON.stringify(storeConnectionMessage({ ...denied, storeId: null }))).toBe(
      '{"source":"vitrine","type":"store_connection","status":"error","storeId":null,"error":{"code":"oauth_denied","message":"The connection was not approved."}}',
    );
    expect(StoreConnectionMessage.parse(storeConnectionMessage(denied))).toEqual(
      storeConnectionMessage(denied),
    );
  });

  it('recognises the message, and nothing that merely looks like it', () => {
    expect(isStoreConnectionMessage(storeConnectionMessage(connected))).toBe(true);
    expect(isStoreConnectionMessage(storeConnectionMessage(denied))).toBe(true);
    for (const other of [
      null,
      'store_connection',
      { source: 'vitrine', type: 'store_connection', status: 'connected' },
      { ...storeConnectionMessage(connected), source: 'other' },
      { ...storeConnectionMessage(connected), status: 'maybe' },
      { ...storeConnectionMessage(connected), storeId: 'st_1' },
    ]) {
      expect(isStoreConnectionMessage(other), JSON.stringify(other)).toBe(false);
    }
  });

  it('writes the return parameters in the order the callback has always set them', () => {
    expect(storeConnectionReturnParams(connected).toString()).toBe(
      `vitrine_store=${storeId}&vitrine_status=connected`,
    );
    expect(storeConnectionReturnParams(denied).toString()).toBe(
      `vitrine_store=${storeId}&vitrine_status=error&vitrine_error=oauth_denied`,
    );
    expect(storeConnectionReturnParams({ ...denied, storeId: null }).toString()).toBe(
      'vitrine_status=error&vitrine_error=oauth_denied',
    );
  });

  it('reads what it writes back from an address, a path or its parameters', () => {
    const back = new URL('https://portal.example/stores?tab=all');
    for (const [name, value] of storeConnectionReturnParams(denied)) {
      back.searchParams.set(name, value);
    }
    const expected = { status: 'error', storeId, errorCode: 'oauth_denied' };
    expect(readStoreConnectionReturn(back.toString())).toEqual(expected);
    expect(readStoreConnectionReturn(back)).toEqual(expected);
    expect(readStoreConnectionReturn(back.searchParams)).toEqual(expected);
    expect(readStoreConnectionReturn('/portal?vitrine_status=connected')).toEqual({
      status: 'connected',
      storeId: null,
      errorCode: null,
    });
  });

  it('reads nothing from an address without an outcome', () => {
    expect(readStoreConnectionReturn('https://portal.example/stores')).toBeNull();
    expect(readStoreConnectionReturn('/portal?vitrine_status=pending')).toBeNull();
    expect(
      readStoreConnectionReturn('/portal?vitrine_store=x&vitrine_status=connected'),
    ).toBeNull();
  });

  it('strips the return parameters and keeps the rest of the address', () => {
    expect(
      withoutStoreConnectionReturn(
        `https://portal.example/stores?tab=all&vitrine_store=${storeId}&vitrine_status=error&vitrine_error=oauth_denied#list`,
      ),
    ).toBe('https://portal.example/stores?tab=all#list');
  });
});
