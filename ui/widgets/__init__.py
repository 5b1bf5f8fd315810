"""Small pieces every screen uses: empty states, badges, safe text, scrolling, problems said in place."""
