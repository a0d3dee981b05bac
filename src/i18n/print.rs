//! Texts of the print screen.

texts! {
    Print {
    }
}
