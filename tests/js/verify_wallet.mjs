// Checks Dala certificates in the wallet form with someone else's code: Digital Bazaar's
// reference libraries for Verifiable Credentials (`@digitalbazaar/vc`, `data-integrity`,
// `eddsa-rdfc-2022-cryptosuite`, `vc-bitstring-status-list`), as the Digital Credentials
// Consortium's wallet verifies, and the Open Badges 3.0 JSON Schema with Ajv.
//
// Usage: node verify_wallet.mjs ISSUER_URL CONTEXTS_JSON SCHEMA_JSON CASES_JSON
// - ISSUER_URL: the running server's public URL; its did:web is the only DID resolved, from the
//   server's own /.well-known/did.json, and revocation lists are fetched from it.
// - CONTEXTS_JSON: {url: document} of the contexts Dala bundles: the only contexts loaded.
// - CASES_JSON: [{name, credential}]. Prints one JSON line per case:
//   {name, verified, revoked, schema, errors}.
//
// Installed beside its packages by `cargo xtask setup` (target/tools/wallet-verifier).

import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const [issuerUrl, contextsFile, schemaFile, casesFile] = process.argv.slice(2);
const contexts = JSON.parse(readFileSync(contextsFile, 'utf8'));
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));

// did:web of the issuer URL (a port's colon as %3A), as the server derives it.
const url = new URL(issuerUrl);
const did = 'did:web:' + encodeURIComponent(url.host) +
  url.pathname.split('/').filter(Boolean).map(p => ':' + p).join('');
const didDocumentUrl = url.pathname.replace(/\/$/, '') === '' ?
  new URL('/.well-known/did.json', url) : new URL(url.pathname.replace(/\/$/, '') + '/did.json', url);

async function fetchOk(address, accept) {
  const response = await fetch(address, {headers: {accept}});
  if(!response.ok) {
    throw new Error(`${address}: HTTP ${response.status}`);
  }
  return response.json();
}

// Nothing but the bundled contexts, the issuer's DID document and its revocation lists.
async function documentLoader(address) {
  if(Object.hasOwn(contexts, address)) {
    return {contextUrl: null, documentUrl: address, document: contexts[address]};
  }
  const [base, fragment] = address.split('#');
  if(base === did) {
    const document = await fetchOk(didDocumentUrl, 'application/did+json, application/json');
    if(!fragment) {
      return {contextUrl: null, documentUrl: address, document};
    }
    const method = document.verificationMethod.find(m => m.id === address);
    if(!method) {
      throw new Error(`${address} is not in the DID document`);
    }
    return {
      contextUrl: null,
      documentUrl: address,
      document: {'@context': 'https://w3id.org/security/multikey/v1', ...method},
    };
  }
  if(address.startsWith(issuerUrl + '/credentials/status/')) {
    const document = await fetchOk(address, 'application/vc');
    return {contextUrl: null, documentUrl: address, document};
  }
  throw new Error(`refused to load ${address}: not bundled and not the issuer's`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2019({strict: false, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(schema);

for(const {name, credential} of cases) {
  const errors = [];
  let verified = false;
  let revoked = null;
  try {
    const result = await vc.verifyCredential({
      credential,
      suite,
      documentLoader,
      checkStatus: options => checkStatus({...options, verifyBitstringStatusListCredential: true}),
    });
    verified = result.verified === true;
    if(result.statusResult) {
      revoked = (result.statusResult.results || []).some(r => r.status === true);
    }
    if(!verified) {
      const found = result.error?.errors || [result.error];
      for(const e of found.filter(Boolean)) {
        errors.push(e.message || String(e));
      }
      for(const r of result.results || []) {
        if(r.error) {
          errors.push(r.error.message || String(r.error));
        }
      }
    }
  } catch(e) {
    errors.push(e.message || String(e));
  }
  const schemaValid = validate(credential);
  if(!schemaValid) {
    errors.push(...validate.errors.map(e => `schema: ${e.instancePath} ${e.message}`));
  }
  console.log(JSON.stringify({name, verified, revoked, schema: schemaValid, errors}));
}
