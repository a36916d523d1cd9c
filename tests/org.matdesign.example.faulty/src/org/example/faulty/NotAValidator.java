package org.example.faulty;

/** Faulty on purpose: declared as a validator but implements nothing. */
public final class NotAValidator {
}
