package org.acme;

import io.github.sipstatus.it.sip.SipStatusCodes;

public final class Uses {
    public static final int BUSY = SipStatusCodes.BUSY_HERE;

    private Uses() {}
}
