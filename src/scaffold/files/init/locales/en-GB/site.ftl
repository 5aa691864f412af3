# Your own interface text. A message here replaces the theme's message with
# the same name. Add a folder for each language, such as locales/pl/.
footer-privacy = This site sets no cookies and does not track you. We do not collect any personal data.
