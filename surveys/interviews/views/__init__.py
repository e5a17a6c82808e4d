"""Interview mode's screens: the page a coach fills (``interview``) and its
offline service worker and manifest (``offline``)."""
