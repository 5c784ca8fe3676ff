/** usher.yaml and the environment, read once into one immutable tree of settings. */
@NullMarked
package dev.usher.app.config;

import org.jspecify.annotations.NullMarked;
