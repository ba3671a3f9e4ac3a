//! Enums people read by name: each value's name, written once, for the window (sent as a
//! constant through the bindings), the phone and the PDF alike.

/// Writes `$names`, every value of `$enum` with its name in order, and `$enum::name`.
macro_rules! named {
    ($(#[$doc:meta])* $names:ident for $enum:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        $(#[$doc])*
        pub const $names: [($enum, &str); [$($name),*].len()] = [$(($enum::$variant, $name)),*];

        impl $enum {
            #[doc = concat!("Its name as people read it ([`", stringify!($names), "`]).")]
            pub fn name(self) -> &'static str {
                match self { $($enum::$variant => $name),* }
            }
        }
    };
}

pub(crate) use named;
