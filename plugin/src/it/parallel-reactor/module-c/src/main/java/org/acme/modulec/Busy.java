package org.acme.modulec;

import org.acme.module_c.sip.SipStatus;

public final class Busy {
    public static final String LINE = SipStatus.BUSY_HERE.statusLine();

    private Busy() {}
}
