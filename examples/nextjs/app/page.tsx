export default function Home() {
  return <h1>deskree-auth-react on Next.js</h1>;
}
