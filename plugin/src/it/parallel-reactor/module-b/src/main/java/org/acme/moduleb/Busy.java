package org.acme.moduleb;

import org.acme.module_b.sip.SipStatus;

public final class Busy {
    public static final String LINE = SipStatus.BUSY_HERE.statusLine();

    private Busy() {}
}
