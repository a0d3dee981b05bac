//! Texts of the training screen.

texts! {
    Training {
    }
}
