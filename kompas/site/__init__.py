"""What the site is made of, independent of the generator: pages, render, handout, assets, PDF."""
