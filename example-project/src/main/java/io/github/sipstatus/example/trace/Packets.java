package io.github.sipstatus.example.trace;

/** Where the payload of an IP packet starts: after IPv4/IPv6 and the UDP or TCP header. */
final class Packets {

    private static final int UDP = 17;
    private static final int TCP = 6;

    private Packets() {
    }

    /**
     * The offset of the UDP or TCP payload, or 0 when the bytes are not an IP packet this understands (a link
     * header in front, an IPv6 extension header): then the message is found after the packet bytes as in -A.
     */
    static int payloadOffset(byte[] bytes) {
        if (bytes.length < 20) {
            return 0;
        }
        int version = (bytes[0] & 0xf0) >> 4;
        int ipHeader;
        int protocol;
        if (version == 4) {
            ipHeader = (bytes[0] & 0x0f) * 4;
            protocol = bytes[9] & 0xff;
        } else if (version == 6 && bytes.length >= 40) {
            ipHeader = 40;
            protocol = bytes[6] & 0xff;
        } else {
            return 0;
        }
        if (protocol == UDP && ipHeader + 8 <= bytes.length) {
            return ipHeader + 8;
        }
        if (protocol == TCP && ipHeader + 13 <= bytes.length) {
            int tcpHeader = ((bytes[ipHeader + 12] & 0xf0) >> 4) * 4;
            return ipHeader + tcpHeader <= bytes.length && tcpHeader >= 20 ? ipHeader + tcpHeader : 0;
        }
        return 0;
    }
}
