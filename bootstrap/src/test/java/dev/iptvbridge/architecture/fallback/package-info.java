/** A class made to break the sealed-dispatch rule, so that the rule is seen to fail. */
package dev.iptvbridge.architecture.fallback;
