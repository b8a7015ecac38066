/** A consumer that is a named JPMS module; the generated package is part of it and not exported. */
module org.acme.callcenter {
    exports org.acme.callcenter;
}
