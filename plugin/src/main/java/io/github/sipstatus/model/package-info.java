/**
 * The SIP status table as immutable records: what the YAML said, checked, and nothing else.
 *
 * <p>A model that exists is a model that is consistent (codes unique and sorted, every text in every
 * declared locale, every class of a code has a category); the records' constructors guard that. They
 * carry no file positions: reporting problems at a position is the job of {@code yaml}, which checks
 * everything before it builds a model. Nothing here does I/O.
 */
package io.github.sipstatus.model;
