package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerNamesTest {
    private final OwnerNames names = new OwnerNames(Set.of("kanchan mehrotra", "bo", "priya raman"),
            Set.of("kanchan", "annie"));

    @Test
    void theLongestKnownLeadingNameWins() {
        assertEquals("Kanchan Mehrotra", names.ownerOf("Kanchan Mehrotra to follow up"));
        assertEquals("Kanchan", names.ownerOf("Kanchan to follow up"));
        assertEquals("Bo", names.ownerOf("Bo, then Ann"));
    }

    @Test
    void aPersonsFullNameWinsEvenBeforeACapitalisedWord() {
        assertEquals("Priya Raman", names.ownerOf("Priya Raman Monday about pricing"));
        assertEquals("Annie", names.ownerOf("Annie to send the Q3 numbers"));
        assertEquals("Annie Q3 numbers", names.ownerOf("Annie Q3 numbers"), "an alias alone needs prose after it");
    }

    @Test
    void aKnownFirstNameDoesNotCutAFullName() {
        assertEquals("Kanchan Smith", names.ownerOf("Kanchan Smith"));
        assertEquals("Bo Diddley to call", names.ownerOf("Bo Diddley to call"), "no such person: the whole run");
    }

    @Test
    void anUnknownRunIsKeptAsWritten() {
        assertEquals("Jason Vallery", names.ownerOf("Jason Vallery"));
        assertEquals("Jason Vallery", names.ownerOf("Jason Vallery."));
        assertEquals("Myself", names.ownerOf("Myself"));
    }

    @Test
    void personNotesByTypeOrFolder() {
        assertTrue(OwnerNames.isPersonNote("People/Ann.md", Optional.empty()));
        assertTrue(OwnerNames.isPersonNote("x/Ann.md", Optional.of("Person")));
        assertFalse(OwnerNames.isPersonNote("Accounts/Acme.md", Optional.of("account")));
        assertTrue(OwnerNames.isPersonNote("Work/CONTACTS/2025/Ann.md", Optional.empty()), "any folder, any case");
        assertTrue(OwnerNames.isPersonNote("x/Ann.md", Optional.of("contact")));
        assertFalse(OwnerNames.isPersonNote("People.md", Optional.empty()), "a note named so is not in the folder");
        assertFalse(OwnerNames.isPersonNote("Peoples/Ann.md", Optional.empty()));
        assertFalse(OwnerNames.isPersonNote("x/Ann.md", Optional.of("persons")), "persons is a folder, not a type");
        assertFalse(OwnerNames.isPersonNote("Meetings/People sync.md", Optional.of("meeting")));
    }
}
