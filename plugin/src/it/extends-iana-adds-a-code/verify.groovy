// A table that extends iana with a vendor code and a reworded 486: the whole registry plus 478, and the
// consumer's code compiles against SipStatusCodes.UNRESOLVABLE_DESTINATION and reads the new hint.
def log = new File(basedir, 'build.log').text
assert log.contains('SIP status API for acme-codes.yaml (76 codes, 2 locales) in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert log.contains('BUILD SUCCESS')
def codes = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip/SipStatusCodes.java').text
assert codes.contains('public static final int UNRESOLVABLE_DESTINATION = 478;')
assert codes.contains('acme-codes.yaml (ACME carrier codes)')

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def router = loader.loadClass('org.acme.carrier.Router')
assert router.onFailure(478, 'nl') == 'fix the number: Bestemming niet te herleiden'
assert router.onFailure(486, 'nl') == 'retry: De klant is in gesprek; het callcenter belt over 2 minuten opnieuw.'
assert router.onFailure(486, 'en') == 'retry: The customer is on another call; the call center retries in 2 minutes.'
// Everything else is the registry's: 607 is in iana, not in callvoip; 499 resolves as RFC 3261 says.
assert router.onFailure(607, 'en') == 'SIP/2.0 607 Unwanted'
assert router.onFailure(499, 'en') == 'SIP/2.0 400 Bad Request'
def status = loader.loadClass('io.github.sipstatus.it.sip.SipStatus')
assert status.values().length == 76
assert status.valueOf(486).message(Locale.forLanguageTag('nl')) == 'In gesprek'
loader.close()
return true
