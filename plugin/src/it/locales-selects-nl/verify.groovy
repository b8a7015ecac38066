// locales=nl: bundles for nl and the default locale only; the table's de texts are not generated.
def log = new File(basedir, 'build.log').text
assert log.contains('SIP status API for codes.yaml (7 codes, 2 locales) in io.github.sipstatus.it.sip: 9 written, 0 unchanged, 0 deleted (')
def resources = new File(basedir, 'target/generated-resources/sip-status/io/github/sipstatus/it/sip')
assert resources.list().sort() == ['SipStatusMessages.properties', 'SipStatusMessages_en.properties', 'SipStatusMessages_nl.properties']
def texts = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip/SipStatusTexts.java').text
assert texts.contains('Locale.forLanguageTag("nl")')
assert !texts.contains('Locale.forLanguageTag("de")')
return true
