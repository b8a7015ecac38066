package io.github.sipstatus.model;

import java.util.Objects;

/**
 * A response class as the table presents it: which class, and its title in every locale.
 *
 * @param responseClass the class, 1xx to 6xx
 * @param title         its localized name, e.g. "Informatief" for 1xx in Dutch
 */
public record Category(ResponseClass responseClass, LocalizedText title) {

    /**
     * Both components are required.
     *
     * @param responseClass the class, 1xx to 6xx
     * @param title         its localized name, e.g. "Informatief" for 1xx in Dutch
     */
    public Category {
        Objects.requireNonNull(responseClass, "responseClass");
        Objects.requireNonNull(title, "title");
    }
}
