package io.vaultdesk;
public final class Main { public static void main(String[] a) {} }
