/** The password every test account is created with: long enough for the kit's and the API's rules. */
export const PASSWORD = 'correct horse 1';
