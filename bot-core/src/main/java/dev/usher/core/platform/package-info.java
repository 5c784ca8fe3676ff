/** The service-provider interface a chat platform adapter implements (Discord, Slack, ...). */
@NullMarked
package dev.usher.core.platform;

import org.jspecify.annotations.NullMarked;
