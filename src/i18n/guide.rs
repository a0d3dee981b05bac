//! Texts of the guide screen.

texts! {
    Guide {
    }
}
