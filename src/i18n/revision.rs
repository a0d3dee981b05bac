//! Texts of the revision screen.

texts! {
    Revision {
    }
}
