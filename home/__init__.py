"""Public pages: the home page and one page per programme, in fr, nl and en."""
