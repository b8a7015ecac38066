package org.acme.moduled;

import org.acme.module_d.sip.SipStatus;

public final class Busy {
    public static final String LINE = SipStatus.BUSY_HERE.statusLine();

    private Busy() {}
}
