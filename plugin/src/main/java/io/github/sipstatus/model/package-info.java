/**
 * The SIP status table as immutable records: what the YAML said, checked, and nothing else.
 *
 * <p>A model that exists is a model that is consistent (codes unique and sorted, every text in the
 * default locale and only in declared ones, every class of a code has a category, the codes that
 * unknown codes resolve to are there, and every code has a value of its type for each of the table's
 * own attributes that needs one); the records'
 * constructors guard that. Whether every locale has every text is a build-time policy, checked
 * before a model is built. They
 * carry no file positions: reporting problems at a position is the job of {@code yaml}, which checks
 * everything before it builds a model. Nothing here does I/O.
 */
package io.github.sipstatus.model;
