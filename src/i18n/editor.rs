//! Texts of the editor screen.

texts! {
    Editor {
    }
}
