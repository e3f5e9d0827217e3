import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { devHosts, networkAddresses } from './network';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({ address, family, internal, netmask: '', mac: '', cidr: null }) as os.NetworkInterfaceInfo;
const interfaces = {
  lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
  eth0: [iface('192.168.1.20', 'IPv4', false), iface('fe80::1', 'IPv6', false)],
};

describe('the addresses npm run dev answers on', () => {
  it('next dev allows 127.0.0.1, the network addresses and the host name besides localhost', () => {
    expect(devHosts(interfaces, 'editor-laptop')).toEqual(['127.0.0.1', '192.168.1.20', 'editor-laptop']);
    expect(devHosts({}, 'localhost')).toEqual(['127.0.0.1']);
  });

  it('the network addresses a phone can open', () => {
    expect(networkAddresses(interfaces)).toEqual(['192.168.1.20']);
  });
});
