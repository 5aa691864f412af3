# Your own interface text. A message here replaces Lantern's message with
# the same name; the others stay as Lantern ships them. Add a folder for
# each language, such as locales/pl/.
footer-privacy = This site sets no cookies and does not track you. We do not collect any personal data.
