package org.acme.modulea;

import org.acme.module_a.sip.SipStatus;

public final class Busy {
    public static final String LINE = SipStatus.BUSY_HERE.statusLine();

    private Busy() {}
}
